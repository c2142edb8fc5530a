-- Every import writes its row at least twice (recorded, then its outcome; a queued one also when a worker claims
-- it), and each write that changes the status inserts an entry into every index of the table. The plain index on
-- status answered nothing the others do not: the queue's questions (RECEIVED, PROCESSING) are the partial index
-- idx_workout_import_log_queue's, and the listings filter by user or by time. One index less to write; on the load
-- benchmark's small parse the database's CPU per import did not move measurably (about 0.6 ms, docs/operations.md).
drop index if exists idx_workout_import_log_status;
