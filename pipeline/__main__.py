from pipeline.cli import main

if __name__ == "__main__":  # not when a parse process imports it
    raise SystemExit(main())
