"""Who may do what. Enforced in the core (the UI only hides what the core would refuse)."""

from __future__ import annotations

from desktop_app.core.domain.vocab import Role

# Actions beyond reading and writing the records of one's own unit.
VIEW_SENSITIVE = "view_sensitive"  # ethnicity, religion, health (Decree 356/2025)
VIEW_TIP_REPORTER = "view_tip_reporter"  # a citizen's identity behind a crime tip
MANAGE_USERS = "manage_users"
RESET_PASSWORD = "reset_password"
EDIT_RULES = "edit_rules"
EXPORT = "export"
BACKUP = "backup"
READ_AUDIT = "read_audit"
DELETE_RECORDS = "delete_records"
REOPEN_CASES = "reopen_cases"  # put a closed case back under management
ALL_UNITS = "all_units"  # province office: every commune of the province
TRANSFER_RECORDS = "transfer_records"  # a person's file to another commune (services/transfers.py)

GRANTS: dict[Role, frozenset[str]] = {
    Role.OFFICER: frozenset(),
    Role.CHIEF: frozenset(
        {VIEW_SENSITIVE, VIEW_TIP_REPORTER, MANAGE_USERS, RESET_PASSWORD, EDIT_RULES, EXPORT,
         BACKUP, READ_AUDIT, DELETE_RECORDS, REOPEN_CASES, TRANSFER_RECORDS}
    ),
    Role.PROVINCE_ADMIN: frozenset(
        {VIEW_SENSITIVE, VIEW_TIP_REPORTER, MANAGE_USERS, RESET_PASSWORD, EDIT_RULES, EXPORT,
         BACKUP, READ_AUDIT, DELETE_RECORDS, REOPEN_CASES, ALL_UNITS, TRANSFER_RECORDS}
    ),
}


# GRANTS by the role and by its key ("chief"), so that a check needs no enum lookup.
_GRANTS_BY_KEY: dict[str, frozenset[str]] = {r.value: g for r, g in GRANTS.items()}  # a Role is its key too


def allowed(role: str, action: str) -> bool:
    grants = _GRANTS_BY_KEY.get(role)
    if grants is None:
        grants = GRANTS.get(Role(role), frozenset())  # an unknown role raises ValueError as before
    return action in grants


def may_manage(actor_role: str, target_role: str) -> bool:
    """A chief manages officers (and other chiefs of the unit); a province admin manages all."""
    actor, target = Role(actor_role), Role(target_role)
    if actor == Role.PROVINCE_ADMIN:
        return True
    if actor == Role.CHIEF:
        return target in (Role.OFFICER, Role.CHIEF)
    return False
