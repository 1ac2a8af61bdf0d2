# Module-level state is shared; from-import copies the binding
import modstate.config as cfg
from modstate.config import debug, counter, settings, bump
print(cfg.debug, debug, cfg.counter, counter)
cfg.debug = True
print(cfg.debug, debug, cfg.is_debug())
print(bump(), bump(), cfg.counter, counter)
settings["level"] = 5
print(cfg.settings)
import modstate.config
print(modstate.config.counter, modstate.config is cfg)
cfg.new_attr = "added from outside"
print(modstate.config.new_attr)
del cfg.new_attr
print(hasattr(modstate.config, "new_attr"))
setattr(cfg, "dynamic", 1)
print(getattr(modstate.config, "dynamic"))
try:
    cfg.missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(cfg) if not k.startswith("__")))
