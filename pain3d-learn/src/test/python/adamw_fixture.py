"""Prints the AdamW reference numbers used by AdamWTest (torch.optim.AdamW + clip_grad_norm_).

Two groups (lr 1e-2 and 1e-3), weight decay 0.1, gradient clipping 1.0, three steps with the
gradients of loss = sum(p * c_t). Run with /usr/bin/python3 (python3-torch).
"""
import torch

a = torch.tensor([0.5, -1.0, 2.0, 0.25], requires_grad=True)
b = torch.tensor([1.5, -0.5, 0.1], requires_grad=True)
ca = [[0.1, -0.2, 0.3, 0.05], [2.0, 1.0, -3.0, 0.5], [-0.01, 0.02, 0.0, 0.3]]
cb = [[0.2, 0.1, -0.1], [1.0, -2.0, 0.5], [0.0, 0.05, -0.02]]
opt = torch.optim.AdamW([{"params": [a], "lr": 1e-2}, {"params": [b], "lr": 1e-3}],
                        lr=1e-2, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.1)
for t in range(3):
    opt.zero_grad()
    loss = (a * torch.tensor(ca[t])).sum() + (b * torch.tensor(cb[t])).sum()
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_([a, b], 1.0)
    opt.step()
    print("step", t + 1, "norm", float(norm))
    print(" a", [float(x) for x in a.detach()])
    print(" b", [float(x) for x in b.detach()])
