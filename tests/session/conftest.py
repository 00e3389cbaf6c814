"""The session's tests run without Qt: nothing here may import it."""
