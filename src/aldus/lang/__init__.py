"""Language data (lexicons), one subpackage per language."""
