-- The feedback work list looks at recent rejections only; find them by when they closed.
CREATE INDEX ix_closure_closed_at ON submission_closure (closed_at);
