from pathlib import Path

import pytest

from services.practice.practice_timezone import local_timezone


@pytest.fixture
def no_localtime(tmp_path: Path) -> Path:
    return tmp_path / "localtime"


def link_to(tmp_path: Path, target: str) -> Path:
    link = tmp_path / "localtime"
    link.symlink_to(target)
    return link


@pytest.mark.parametrize("value", ["Europe/Moscow", ":Europe/Moscow",
                                   "/usr/share/zoneinfo/Europe/Moscow"])
def test_tz_variable_names_the_zone(value: str, tmp_path: Path) -> None:
    localtime = link_to(tmp_path, "/usr/share/zoneinfo/America/Toronto")
    assert local_timezone({"TZ": value}, localtime) == "Europe/Moscow"


def test_localtime_link_names_the_zone_when_tz_is_unset(tmp_path: Path) -> None:
    localtime = link_to(tmp_path, "/usr/share/zoneinfo/Asia/Tbilisi")
    assert local_timezone({}, localtime) == "Asia/Tbilisi"


def test_posix_folder_and_relative_link_are_understood(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    relative = tmp_path / "etc" / "localtime"
    relative.symlink_to("../usr/share/zoneinfo/posix/Europe/London")
    assert local_timezone({}, relative) == "Europe/London"


def test_posix_rule_in_tz_falls_through_to_the_link(tmp_path: Path) -> None:
    localtime = link_to(tmp_path, "/usr/share/zoneinfo/Europe/Berlin")
    assert local_timezone({"TZ": "CET-1CEST,M3.5.0,M10.5.0/3"}, localtime) == "Europe/Berlin"


@pytest.mark.parametrize("tz", ["", "Not/AZone", "../../etc/passwd"])
def test_nothing_usable_means_utc(tz: str, no_localtime: Path) -> None:
    assert local_timezone({"TZ": tz}, no_localtime) == "UTC"


def test_a_copied_localtime_file_means_utc(tmp_path: Path) -> None:
    copied = tmp_path / "localtime"
    copied.write_bytes(b"TZif2")
    assert local_timezone({}, copied) == "UTC"


def test_link_outside_a_zoneinfo_folder_means_utc(tmp_path: Path) -> None:
    assert local_timezone({}, link_to(tmp_path, "/opt/zones/Europe/Paris")) == "UTC"

