-- Placeholder: the tables of this capability are added by its owner.
SELECT 1;
