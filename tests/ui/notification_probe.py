"""Run under `dbus-run-session` by tests/ui/test_reminder_dbus.py: a reminder delivered with no
notification service on the bus (so the window's notice shows it), then with the stand-in
service (tests/ui/notification_standin.py) owning the name. Prints what it saw as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.reminders.delivery import ReminderDelivery, desktop_route  # noqa: E402
from ui.reminders.reminder_notice import ReminderNotice  # noqa: E402


def main(record: str) -> None:
    app = QApplication([])
    notice = ReminderNotice()
    delivery = ReminderDelivery(notice, [desktop_route])
    delivery.deliver("Before the service", "nobody listens")
    without = not notice.isHidden()
    notice.hide()
    standin = subprocess.Popen([sys.executable, str(Path(__file__).with_name(
        "notification_standin.py")), record], stdout=subprocess.PIPE, text=True)
    try:
        assert standin.stdout is not None and standin.stdout.readline().strip() == "ready"
        delivery.deliver("Session in 10 minutes", "09:10 · A. L. · Video")
        with_service = not notice.isHidden()
    finally:
        standin.terminate()
        standin.wait(10)
    print(json.dumps({"notice_without_service": without,
                      "notice_with_service": with_service}))
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1])
