"""Runs the reference 3DPain loader (TaatiTeam/Pain-in-3D, data/pain3d_loader.py and
data/split_utils.py) on a pain3d dataset, to check that the reference code reads our
output as is. Not run by CI (Java only); needs a clone of the reference repository.

    python3 check_reference_loader.py /path/to/Pain-in-3D /path/to/dataset

The dataset needs the meshes_inpainted -> images link
(DatasetWriter.linkImagesForReferenceLoader). Only the file matching is exercised, so
torch, PIL, numpy, torchvision and pytorch_lightning are replaced by empty stubs.
"""
import sys, types, json, collections
for name in ["torch", "torch.utils", "torch.utils.data", "PIL", "pytorch_lightning", "torchvision", "numpy"]:
    sys.modules[name] = types.ModuleType(name)
sys.modules["torch.utils.data"].Dataset = object
for n in ["DataLoader", "random_split", "Subset"]:
    setattr(sys.modules["torch.utils.data"], n, None)
sys.modules["PIL"].Image = None
sys.modules["pytorch_lightning"].LightningDataModule = object
sys.modules["torchvision"].transforms = None
ref_repo, root = sys.argv[1], sys.argv[2]
sys.path.insert(0, ref_repo)
from data.pain3d_loader import Pain3DDataset
from data.split_utils import load_split_csv, filter_data_pairs_by_split
ds = Pain3DDataset(root_dir=root, use_neutral_reference=True)
pairs = ds.data_pairs
pain = [p for p in pairs if "_neutral" not in p[2]]
neutral = [p for p in pairs if "_neutral" in p[2]]
print("pairs", len(pairs), "pain", len(pain), "neutral", len(neutral))
print("subjects with neutral", len(ds.subject_to_neutral_images),
      "neutral per subject", sorted(collections.Counter(len(v) for v in ds.subject_to_neutral_images.values()).items()))
bad = [p for p in pain if ds._calculate_pspi(p[1]) != p[1]["AU4"] + max(p[1]["AU6"], p[1]["AU7"]) + max(p[1]["AU9"], p[1]["AU10"]) + p[1]["AU43"]]
print("pspi mismatches", len(bad))
s = load_split_csv(root + "/splits/uniform_data_70_20_10_split.csv")
for k in (0, 1, 2):
    print("split", k, len(filter_data_pairs_by_split(pairs, k, s)))
# Compare with pain3d's own metadata.jsonl
rows = [json.loads(l) for l in open(root + "/metadata.jsonl")]
byfile = {r["file"].split("/")[-1]: r for r in rows}
mism = 0
for img, ann, base in pain:
    r = byfile[img.split("/")[-1]]
    if any(r[k] != ann[k] for k in ["AU4", "AU6", "AU7", "AU9", "AU10", "AU43", "PSPI"]) or r["annotation_base_name"] != base:
        mism += 1
print("label mismatches vs metadata.jsonl", mism)
