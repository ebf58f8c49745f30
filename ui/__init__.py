"""The Gradio chat UI over the `rag` library (`rag chat`). Imports rag; never imported by it."""
