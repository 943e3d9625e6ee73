"""bilateral-records: structured records of bilateral cooperation, extracted from news articles."""
