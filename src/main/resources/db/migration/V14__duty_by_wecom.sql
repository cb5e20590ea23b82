-- A duty officer may be reached by the deployment's WeCom app (企业微信应用消息) instead of, or as well as, SMS.
ALTER TABLE duty_roster ADD COLUMN wecom_user text;
ALTER TABLE duty_roster ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE duty_roster ADD CONSTRAINT duty_roster_reachable CHECK (phone IS NOT NULL OR wecom_user IS NOT NULL);
