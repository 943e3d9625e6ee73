from typing import Literal

ChangeReadOperation = Literal["delete", "insert", "update"]

CHANGE_READ_OPERATION_VALUES: set[ChangeReadOperation] = {
    "delete",
    "insert",
    "update",
}


def check_change_read_operation(value: str) -> ChangeReadOperation:
    if value in CHANGE_READ_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_READ_OPERATION_VALUES!r}")
