#!/usr/bin/env python3
"""Convert a MANO model pickle (MANO_RIGHT.pkl / MANO_LEFT.pkl from https://mano.is.tue.mpg.de) into the
.npz that Palma reads with `--model mano:FILE.npz`.

MANO cannot ship with Palma (licence). Run this once on the pickle you downloaded yourself:

    python3 tools/mano_to_npz.py MANO_RIGHT.pkl                 # writes MANO_RIGHT.npz beside it
    python3 tools/mano_to_npz.py models/MANO_LEFT.pkl -o left.npz
    python3 tools/mano_to_npz.py my_mano.pkl --hand right        # when the name does not say

The pickles hold chumpy arrays and a scipy sparse joint regressor, so unpickling needs the `chumpy` and
`scipy` packages (pip install chumpy scipy). Only numpy is imported until then.

Fields written: v_template [778,3], shapedirs [778,3,10], posedirs [778,3,135], J_regressor as CSC
(J_regressor_data/_indices/_indptr/_shape) or dense [16,778] with --dense, weights [778,16], f [1538,3],
kintree_table [2,16], hands_components [45,45], hands_mean [45], handedness ('right' or 'left').
"""

import argparse
import inspect
import os
import pickle
import sys

import numpy as np

REQUIRED = ["v_template", "shapedirs", "posedirs", "J_regressor", "weights", "f", "kintree_table",
            "hands_components", "hands_mean"]


class ConversionError(Exception):
    """A problem with the input the user should read (printed without a traceback)."""


def _patch_for_chumpy():
    """chumpy (unmaintained) uses names that numpy >= 1.24 and Python >= 3.11 removed; restore them."""
    for name, value in [("bool", bool), ("int", int), ("float", float), ("complex", complex),
                        ("object", object), ("unicode", str), ("str", str)]:
        if name not in np.__dict__:
            setattr(np, name, value)
    if not hasattr(inspect, "getargspec"):
        def getargspec(func):
            spec = inspect.getfullargspec(func)
            return spec.args, spec.varargs, spec.varkw, spec.defaults
        inspect.getargspec = getargspec


def load_pickle(path):
    _patch_for_chumpy()
    try:
        import chumpy  # noqa: F401  (the pickle refers to chumpy classes)
    except ImportError as e:
        raise ConversionError(
            "MANO pickles contain chumpy arrays, so the 'chumpy' package is needed to read them "
            "(pip install chumpy). Import failed: %s" % e)
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh, encoding="latin1")
    except ModuleNotFoundError as e:
        raise ConversionError("unpickling %s needs the Python module '%s' (pip install %s)"
                              % (path, e.name, (e.name or "").split(".")[0]))
    except (pickle.UnpicklingError, EOFError, ValueError) as e:
        raise ConversionError("%s is not a readable MANO pickle: %s" % (path, e))


def dense(value, name):
    """A chumpy or numpy array (or anything with __array__) as a float64 numpy array."""
    try:
        array = np.array(value, dtype=np.float64)
    except (TypeError, ValueError) as e:
        raise ConversionError("field '%s' cannot be converted to a numeric array: %s" % (name, e))
    if not np.all(np.isfinite(array)):
        raise ConversionError("field '%s' contains NaN or infinite values" % name)
    return array


def handedness_of(path, hand):
    if hand:
        return hand
    base = os.path.basename(path).upper()
    if "RIGHT" in base:
        return "right"
    if "LEFT" in base:
        return "left"
    raise ConversionError("cannot tell from the file name %s whether this is the right or the left hand; "
                          "pass --hand right or --hand left" % os.path.basename(path))


def convert(model, handedness, dense_regressor=False):
    if not isinstance(model, dict):
        raise ConversionError("the pickle holds a %s, not a MANO model dictionary" % type(model).__name__)
    missing = [k for k in REQUIRED if k not in model]
    if missing:
        raise ConversionError("the pickle lacks field(s) %s; is it a MANO model (MANO_RIGHT.pkl / "
                              "MANO_LEFT.pkl)? It has: %s" % (", ".join(missing), ", ".join(sorted(model))))
    out = {}
    for name in ["v_template", "shapedirs", "posedirs", "weights", "hands_components", "hands_mean"]:
        out[name] = dense(model[name], name)
    out["f"] = np.array(model["f"], dtype=np.int64).astype(np.uint32)
    out["kintree_table"] = np.array(model["kintree_table"], dtype=np.int64)
    regressor = model["J_regressor"]
    if hasattr(regressor, "tocsc") and not dense_regressor:
        csc = regressor.tocsc()
        out["J_regressor_data"] = np.asarray(csc.data, dtype=np.float64)
        out["J_regressor_indices"] = np.asarray(csc.indices, dtype=np.int64)
        out["J_regressor_indptr"] = np.asarray(csc.indptr, dtype=np.int64)
        out["J_regressor_shape"] = np.asarray(csc.shape, dtype=np.int64)
    else:
        if hasattr(regressor, "toarray"):
            regressor = regressor.toarray()
        out["J_regressor"] = dense(regressor, "J_regressor")
    out["handedness"] = np.array(handedness)

    n = out["v_template"].shape[0]
    expected = {"v_template": (n, 3), "weights": (n, 16), "posedirs": (n, 3, 135), "hands_mean": (45,),
                "kintree_table": (2, 16)}
    for name, shape in expected.items():
        if out[name].shape != shape:
            raise ConversionError("field '%s' has shape %s, expected %s" % (name, out[name].shape, shape))
    if out["shapedirs"].ndim != 3 or out["shapedirs"].shape[:2] != (n, 3):
        raise ConversionError("field 'shapedirs' has shape %s, expected (%d, 3, K)" % (out["shapedirs"].shape, n))
    if out["hands_components"].ndim != 2 or out["hands_components"].shape[1] != 45:
        raise ConversionError("field 'hands_components' has shape %s, expected (P, 45)"
                              % (out["hands_components"].shape,))
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Convert a MANO pickle (MANO_RIGHT.pkl / MANO_LEFT.pkl) to an .npz for Palma "
                    "(--model mano:FILE.npz). Needs numpy, chumpy and scipy.")
    parser.add_argument("pickle", help="the MANO model pickle you downloaded from mano.is.tue.mpg.de")
    parser.add_argument("-o", "--output", help="output .npz (default: the pickle's name with .npz)")
    parser.add_argument("--hand", choices=["right", "left"],
                        help="handedness, when the file name does not contain RIGHT or LEFT")
    parser.add_argument("--dense", action="store_true",
                        help="write J_regressor as a dense 16x778 array instead of CSC fields")
    args = parser.parse_args(argv)
    try:
        if not os.path.isfile(args.pickle):
            raise ConversionError("%s does not exist or is not a file" % args.pickle)
        handedness = handedness_of(args.pickle, args.hand)
        fields = convert(load_pickle(args.pickle), handedness, args.dense)
        output = args.output or os.path.splitext(args.pickle)[0] + ".npz"
        tmp = output + ".tmp.npz"
        np.savez_compressed(tmp, **fields)
        os.replace(tmp, output)
    except ConversionError as e:
        print("mano_to_npz: error: %s" % e, file=sys.stderr)
        return 1
    except OSError as e:
        print("mano_to_npz: error: %s" % e, file=sys.stderr)
        return 1
    print("wrote %s (%s hand, %d vertices, %d shape components)"
          % (output, handedness, fields["v_template"].shape[0], fields["shapedirs"].shape[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
