"""`newsevents bench`: a synthetic corpus, throughput, memory and a peer, against the targets.

corpus.py (+ templates.py) generates the articles, stages.py runs each measured stage in its own
process, measure.py runs them in order, report.py compares the figures with the targets.
"""
