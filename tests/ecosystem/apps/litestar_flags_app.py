"""litestar-flags: the plugin injects a flag client; flags evaluated with overrides and defaults."""

from __future__ import annotations

from uuid import uuid4

from litestar import Litestar, get, post
from litestar.testing import TestClient
from litestar_flags import FeatureFlagClient, FeatureFlagsConfig, FeatureFlagsPlugin
from litestar_flags.context import EvaluationContext
from litestar_flags.models.flag import FeatureFlag
from litestar_flags.models.override import FlagOverride
from litestar_flags.types import FlagStatus, FlagType

ACTIVE_BOOLEAN = {"status": FlagStatus.ACTIVE, "flag_type": FlagType.BOOLEAN, "tags": [], "metadata_": {}}


@post("/setup")
async def setup(feature_flags: FeatureFlagClient) -> None:
    # Without a database the model's column defaults never run: the memory storage needs them given.
    checkout_flag = FeatureFlag(
        id=uuid4(), key="new_checkout", name="New checkout", default_enabled=False, **ACTIVE_BOOLEAN
    )
    checkout_flag = await feature_flags.storage.create_flag(checkout_flag)
    await feature_flags.storage.create_flag(
        FeatureFlag(id=uuid4(), key="dark_mode", name="Dark mode", default_enabled=True, **ACTIVE_BOOLEAN)
    )
    override = FlagOverride(
        flag_id=checkout_flag.id, entity_type="user", entity_id="beta-tester", enabled=True
    )
    await feature_flags.storage.create_override(override)


@get("/checkout")
async def checkout(feature_flags: FeatureFlagClient, user: str = "anonymous") -> dict[str, object]:
    context = EvaluationContext(targeting_key=user, user_id=user)
    return {
        "flow": "new" if await feature_flags.is_enabled("new_checkout", context=context) else "legacy",
        "dark_mode": await feature_flags.is_enabled("dark_mode"),
        "unknown": await feature_flags.is_enabled("no_such_flag"),
    }


def main() -> None:
    app = Litestar([setup, checkout], plugins=[FeatureFlagsPlugin(config=FeatureFlagsConfig())])
    with TestClient(app) as client:
        created = client.post("/setup")
        assert created.status_code == 201, created.text
        assert client.get("/checkout").json() == {"flow": "legacy", "dark_mode": True, "unknown": False}
        assert client.get("/checkout", params={"user": "beta-tester"}).json()["flow"] == "new"
    print("OK")


if __name__ == "__main__":
    main()
