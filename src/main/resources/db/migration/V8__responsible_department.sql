-- The department now responsible for a case, as a code of the department directory (the division it serves:
-- '' the ministry, '32' a province, '3201' a city, '320115' a county). Staff see the cases of their department
-- and those below it. Set at registration to this deployment's department; a transfer moves it. Rows registered
-- before this column are this deployment's (NULL is read as routing.divisionCode).
ALTER TABLE cases ADD COLUMN responsible_code text;
CREATE INDEX cases_by_responsible ON cases (responsible_code text_pattern_ops);
