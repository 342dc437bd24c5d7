-- The parts in registry order with what says which versions hold them and what they are, in one
-- index: a version's rows, and what two versions do not share (the diff's one query, which counts
-- the rows both hold in an ordered pass), are read from the index alone, not from the table whose
-- rows carry the parts' texts. It replaces the index on the order alone, which it begins with.
CREATE INDEX registry_part_order ON registry_part (sort_key, valid_from, valid_to, kind);
DROP INDEX registry_part_sort;
