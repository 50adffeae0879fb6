"""Sources: IMAP mailboxes, the SMTP listener, the e-document folder.  Each only stores what
arrived (gateway.inbound.commit_inbound) before it tells the origin anything."""
