"""Guided dialogs for the awkward moments of practice: a wizard base and the steps they share.

`wizard.GuidedDialog` is the base: pages in order, each skippable, nothing written until
Finish, then the whole decision in one job on the database worker, written by one use case
(`services.hard_moments.session_decision.decide`) in one transaction. The shared steps are pages a
dialog composes: `confirm_page`, `fee_page`, `script_page`, `contact_page`,
`reschedule_page` and `note_page`. `no_show.NoShowDialog` is the first dialog built of them.
"""
