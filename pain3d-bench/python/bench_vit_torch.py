#!/usr/bin/env python3
"""PyTorch side of the ViT forward benchmark (compare with VitForwardBenchmark, JMH).

    /usr/bin/python3 pain3d-bench/python/bench_vit_torch.py --threads 2 --batch 1 8

Builds DINOv3 ViT-S/16 (timm vit_small_patch16_dinov3 layout: dim 384, depth 12, heads 6,
4 registers, RoPE) from pain3d-learn/src/test/python/vit_reference.py with random weights,
runs eval-mode forwards at 224 x 224 under torch.no_grad() and prints the median time.
"""

import argparse
import os
import statistics
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "pain3d-learn", "src", "test", "python"))
import vit_reference as ref  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, nargs="+", default=[1, 8])
    ap.add_argument("--size", type=int, default=224)
    ap.add_argument("--warmup-s", type=float, default=15)
    ap.add_argument("--measure-s", type=float, default=50)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    cfg = {"dim": 384, "depth": 12, "heads": 6, "hidden": 1536, "patch": 16, "reg": 4,
           "eps": 1e-5, "qkv_bias": False}
    model = ref.TimmEva(cfg).eval()
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}")
    for b in a.batch:
        px = torch.randn(b, 3, a.size, a.size)
        times = []
        with torch.no_grad():
            end = time.perf_counter() + a.warmup_s
            while time.perf_counter() < end:
                model(px)
            end = time.perf_counter() + a.measure_s
            while time.perf_counter() < end:
                t0 = time.perf_counter()
                model(px)
                times.append((time.perf_counter() - t0) * 1000)
        print(f"batch {b}: median {statistics.median(times):.1f} ms over {len(times)} runs"
              f" (p10 {statistics.quantiles(times, n=10)[0]:.1f}, p90"
              f" {statistics.quantiles(times, n=10)[-1]:.1f})")


if __name__ == "__main__":
    main()
