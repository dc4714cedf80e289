from qa_pipeline.cli import main

# Guarded: worker processes started with multiprocessing's "spawn" import this module again.
if __name__ == "__main__":
    main()
