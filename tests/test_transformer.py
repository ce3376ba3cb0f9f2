"""nn.MultiheadAttention, the Transformer family and nn.parallel against torch.nn (2.13).

Against torch: the same seeded weights and inputs run through the harness below; the parameter layout (names and
shapes, i.e. torch's state_dict), output shapes, leading output values, the loss and random projections of every
gradient (inputs and parameters) were recorded from torch running this identical harness. The rest checks
structure: mask semantics, batch_first, unbatched input, norm_first, dropout, initialisation, reprs, gradcheck in
float64, and DataParallel on a machine without GPUs."""
import warnings

import numpy as np
import pytest

import yamlgrad as yg
from yamlgrad import nn
from yamlgrad.autograd import gradcheck
from yamlgrad.nn import functional as F

# torch's own warnings, which yamlgrad repeats: encoders built with batch_first=False (nested tensors unused)
pytestmark = pytest.mark.filterwarnings("ignore:enable_nested_tensor is True:UserWarning")

CONFIGS = [
    ("TransformerEncoderLayer", dict(d_model=4, nhead=2, dim_feedforward=6, dropout=0.0),
     dict(inputs=[(3, 2, 4)], causal="src_mask", padding=("src_key_padding_mask", (2, 3)))),
    ("TransformerDecoderLayer", dict(d_model=4, nhead=2, dim_feedforward=6, dropout=0.0, norm_first=True,
                                     activation="gelu", batch_first=True),
     dict(inputs=[(2, 3, 4), (2, 5, 4)], causal="tgt_mask", padding=("memory_key_padding_mask", (2, 5)))),
    ("Transformer", dict(d_model=4, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=6,
                         dropout=0.0),
     dict(inputs=[(5, 2, 4), (3, 2, 4)], causal="tgt_mask", padding=("src_key_padding_mask", (2, 5)))),
    ("MultiheadAttention", dict(embed_dim=4, num_heads=2, kdim=3, vdim=5, add_bias_kv=True),
     dict(inputs=[(3, 2, 4), (5, 2, 3), (5, 2, 5)], causal=None, padding=("key_padding_mask", (2, 5)),
          call=dict(average_attn_weights=False))),
]


def run_config(T, index):
    """Seeded weights and inputs, a causal mask (bool for the decoder layer, float otherwise) and a padding
    mask hiding the last key of batch entry 1; returns (parameter layout, output shapes, leading output values,
    loss, projections of the gradients of every input and parameter)."""
    name, kw, spec = CONFIGS[index]
    rng = np.random.default_rng(200 + index)
    module = getattr(T.nn, name)(**kw).double()
    params = dict(module.named_parameters())
    with T.no_grad():
        for p in params.values():
            p.copy_(T.tensor(rng.uniform(-0.6, 0.6, size=tuple(p.shape))))
    xs = [T.tensor(rng.standard_normal(shape), dtype=T.float64, requires_grad=True) for shape in spec["inputs"]]
    call = dict(spec.get("call", {}))
    if spec["causal"]:
        # the causal mask is over the target: the Transformer's second input, a layer's first
        length = spec["inputs"][name == "Transformer"][1 if kw.get("batch_first") else 0]
        upper = np.triu(np.ones((length, length), dtype=bool), 1)
        call[spec["causal"]] = T.tensor(upper) if name == "TransformerDecoderLayer" else \
            T.tensor(np.where(upper, -np.inf, 0.0))
    mask_name, mask_shape = spec["padding"]
    padding = np.zeros(mask_shape, dtype=bool)
    padding[1, -1] = True
    call[mask_name] = T.tensor(padding)
    result = module(*xs, **call)
    outs = [o for o in (result if isinstance(result, tuple) else (result,)) if o is not None]
    loss = 0
    for o in outs:
        loss = loss + (o * T.tensor(rng.standard_normal(tuple(o.shape)))).sum()
    loss.backward()

    def project(g):
        a = g.detach().numpy().ravel()
        return float(a @ rng.standard_normal(a.size))

    grads = [project(x.grad) for x in xs] + [project(p.grad) for p in params.values()]
    layout = [(n, tuple(p.shape)) for n, p in params.items()]
    heads = [o.detach().numpy().ravel()[:6].tolist() for o in outs]
    return layout, [tuple(o.shape) for o in outs], heads, float(loss.detach()), grads


EXPECTED = {
    0: dict(
        layout=[('self_attn.in_proj_weight', (12, 4)), ('self_attn.in_proj_bias', (12,)),
                ('self_attn.out_proj.weight', (4, 4)), ('self_attn.out_proj.bias', (4,)),
                ('linear1.weight', (6, 4)), ('linear1.bias', (6,)), ('linear2.weight', (4, 6)),
                ('linear2.bias', (4,)), ('norm1.weight', (4,)), ('norm1.bias', (4,)), ('norm2.weight', (4,)),
                ('norm2.bias', (4,))],
        shapes=[(3, 2, 4)],
        heads=[[-0.675234026746659, -0.580240320301028, -0.222549299719722, -0.713903815781589,
                -0.603624694999228, -0.53404862835548]],
        loss=-0.803282010636422,
        grads=[0.12827706640911, 0.224532124047471, -0.00949905642463436, 0.258714923196398, 0.260597795305477,
               0.0270008127148095, -0.627360593157611, 2.07424736585412, 1.5531526884546, 0.210522126050314,
               -0.531636186043893, -1.44255904496725, 6.73027785424987]),
    1: dict(
        layout=[('self_attn.in_proj_weight', (12, 4)), ('self_attn.in_proj_bias', (12,)),
                ('self_attn.out_proj.weight', (4, 4)), ('self_attn.out_proj.bias', (4,)),
                ('multihead_attn.in_proj_weight', (12, 4)), ('multihead_attn.in_proj_bias', (12,)),
                ('multihead_attn.out_proj.weight', (4, 4)), ('multihead_attn.out_proj.bias', (4,)),
                ('linear1.weight', (6, 4)), ('linear1.bias', (6,)), ('linear2.weight', (4, 6)),
                ('linear2.bias', (4,)), ('norm1.weight', (4,)), ('norm1.bias', (4,)), ('norm2.weight', (4,)),
                ('norm2.bias', (4,)), ('norm3.weight', (4,)), ('norm3.bias', (4,))],
        shapes=[(2, 3, 4)],
        heads=[[0.0275059387107168, -0.253177471532701, 0.39171083447513, 0.421369746939937, 1.38682060379157,
                1.52044623405647]],
        loss=2.43954349720132,
        grads=[-0.253181503180049, -0.788159748869836, 0.718237766208271, 1.40918833728578, 5.87453272430049,
               2.55839411913322, 3.47984394407982, -10.6001434133661, -7.10172033441821, 6.71545011894345,
               0.0238875123138579, 2.19600015182145, -1.1557446002937, -15.746071596654, -1.75656833749242,
               -0.47766403406821, 0.725518615523477, 0.881449512587108, 1.82260201111548, 0.858675003339355]),
    2: dict(
        layout=[('encoder.layers.0.self_attn.in_proj_weight', (12, 4)),
                ('encoder.layers.0.self_attn.in_proj_bias', (12,)),
                ('encoder.layers.0.self_attn.out_proj.weight', (4, 4)),
                ('encoder.layers.0.self_attn.out_proj.bias', (4,)), ('encoder.layers.0.linear1.weight', (6, 4)),
                ('encoder.layers.0.linear1.bias', (6,)), ('encoder.layers.0.linear2.weight', (4, 6)),
                ('encoder.layers.0.linear2.bias', (4,)), ('encoder.layers.0.norm1.weight', (4,)),
                ('encoder.layers.0.norm1.bias', (4,)), ('encoder.layers.0.norm2.weight', (4,)),
                ('encoder.layers.0.norm2.bias', (4,)), ('encoder.layers.1.self_attn.in_proj_weight', (12, 4)),
                ('encoder.layers.1.self_attn.in_proj_bias', (12,)),
                ('encoder.layers.1.self_attn.out_proj.weight', (4, 4)),
                ('encoder.layers.1.self_attn.out_proj.bias', (4,)), ('encoder.layers.1.linear1.weight', (6, 4)),
                ('encoder.layers.1.linear1.bias', (6,)), ('encoder.layers.1.linear2.weight', (4, 6)),
                ('encoder.layers.1.linear2.bias', (4,)), ('encoder.layers.1.norm1.weight', (4,)),
                ('encoder.layers.1.norm1.bias', (4,)), ('encoder.layers.1.norm2.weight', (4,)),
                ('encoder.layers.1.norm2.bias', (4,)), ('encoder.norm.weight', (4,)), ('encoder.norm.bias', (4,)),
                ('decoder.layers.0.self_attn.in_proj_weight', (12, 4)),
                ('decoder.layers.0.self_attn.in_proj_bias', (12,)),
                ('decoder.layers.0.self_attn.out_proj.weight', (4, 4)),
                ('decoder.layers.0.self_attn.out_proj.bias', (4,)),
                ('decoder.layers.0.multihead_attn.in_proj_weight', (12, 4)),
                ('decoder.layers.0.multihead_attn.in_proj_bias', (12,)),
                ('decoder.layers.0.multihead_attn.out_proj.weight', (4, 4)),
                ('decoder.layers.0.multihead_attn.out_proj.bias', (4,)),
                ('decoder.layers.0.linear1.weight', (6, 4)), ('decoder.layers.0.linear1.bias', (6,)),
                ('decoder.layers.0.linear2.weight', (4, 6)), ('decoder.layers.0.linear2.bias', (4,)),
                ('decoder.layers.0.norm1.weight', (4,)), ('decoder.layers.0.norm1.bias', (4,)),
                ('decoder.layers.0.norm2.weight', (4,)), ('decoder.layers.0.norm2.bias', (4,)),
                ('decoder.layers.0.norm3.weight', (4,)), ('decoder.layers.0.norm3.bias', (4,)),
                ('decoder.norm.weight', (4,)), ('decoder.norm.bias', (4,))],
        shapes=[(3, 2, 4)],
        heads=[[0.0465468515329934, 0.0952328021397497, 0.771152502639254, 0.0733424710536409, 0.0399094127490686,
                0.0933286669863654]],
        loss=-2.18109842630829,
        grads=[-0.00276927900122281, -0.235077180269369, 0.00180641937780343, -0.00265975305468554,
               0.00360206072405411, -0.00152315658609283, 0.000749867485735286, 0.000126078220692891,
               0.00508466165698808, -0.00387704744467059, 0.00395810295814776, 0.000262777797287057,
               0.00171153536372085, -0.00137049067958309, 0.00046960943517759, 0.0133779148077267,
               -0.00358822013381595, -0.000936792667256686, -0.00801487623905239, 0.0141593100077724,
               -0.00459712794437321, 0.0192456089956084, -0.00619018300253054, -0.0263584346017912,
               -0.0564444532297835, -0.000767074652325284, -0.0756607114402047, -0.22631667822286,
               -0.060078871627493, 0.0506066944948663, 0.0937515326451971, 0.0751574996077716, -0.281444043732093,
               0.356085025775544, 0.103830762567733, -0.122891326198377, 0.938165424159587, 0.488055673048034,
               -0.143427480201426, 0.116494757457944, -0.117489410113179, 0.148956090833526, 1.21748452467457,
               -0.703258591452921, -4.66654572682548, 3.16950031730244, -0.0929663327832384, -2.40218823423465]),
    3: dict(
        layout=[('q_proj_weight', (4, 4)), ('k_proj_weight', (4, 3)), ('v_proj_weight', (4, 5)),
                ('in_proj_bias', (12,)), ('bias_k', (1, 1, 4)), ('bias_v', (1, 1, 4)), ('out_proj.weight', (4, 4)),
                ('out_proj.bias', (4,))],
        shapes=[(3, 2, 4), (2, 2, 3, 6)],
        heads=[[-0.386513327534081, -0.165201599143919, 0.42677550420011, 0.558429062090813, -0.206066249299509,
                -0.262717780613483],
               [0.135036679416411, 0.100945594039698, 0.188396132654018, 0.22413775722439, 0.140564949171289,
                0.210918887494193]],
        loss=2.3202676288734,
        grads=[0.00290341279421731, 0.272026579851933, 0.550673988160029, -5.36414779612372, -1.59261551656178,
               -5.05783363513687, 4.04251026532395, 0.0992458683679646, -0.0860426617445273, 0.777665584828334,
               4.41361102410249]),
}


@pytest.mark.parametrize("index", range(len(CONFIGS)))
def test_matches_torch(index):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's nested-tensor and mismatched-mask-type warnings
        layout, shapes, heads, loss, grads = run_config(yg, index)
    want = EXPECTED[index]
    assert layout == want["layout"]
    assert shapes == want["shapes"]
    for got, expected in zip(heads, want["heads"]):
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(loss, want["loss"], rtol=1e-9)
    np.testing.assert_allclose(grads, want["grads"], rtol=1e-8, atol=1e-12)


def _seeded(module, seed=0):
    """Overwrite every parameter with a seeded uniform draw; returns the module in float64."""
    module = module.double()
    rng = np.random.default_rng(seed)
    with yg.no_grad():
        for p in module.parameters():
            p.copy_(yg.tensor(rng.uniform(-0.6, 0.6, size=tuple(p.shape))))
    return module


def _x(*shape, seed=1):
    return yg.tensor(np.random.default_rng(seed).standard_normal(shape))


def _encoder_layer(**kw):
    return _seeded(nn.TransformerEncoderLayer(4, 2, 6, dropout=0.0, **kw))


# ---- structure: parameters, state dicts, reprs, initialisation ---------------------------------------------

def test_state_dict_keys_without_bias_are_torchs():
    keys = list(nn.Transformer(4, 2, 1, 1, 6, bias=False).state_dict())
    assert keys == [
        "encoder.layers.0.self_attn.in_proj_weight", "encoder.layers.0.self_attn.out_proj.weight",
        "encoder.layers.0.linear1.weight", "encoder.layers.0.linear2.weight", "encoder.layers.0.norm1.weight",
        "encoder.layers.0.norm2.weight", "encoder.norm.weight", "decoder.layers.0.self_attn.in_proj_weight",
        "decoder.layers.0.self_attn.out_proj.weight", "decoder.layers.0.multihead_attn.in_proj_weight",
        "decoder.layers.0.multihead_attn.out_proj.weight", "decoder.layers.0.linear1.weight",
        "decoder.layers.0.linear2.weight", "decoder.layers.0.norm1.weight", "decoder.layers.0.norm2.weight",
        "decoder.layers.0.norm3.weight", "decoder.norm.weight"]


def test_a_state_dict_with_torchs_keys_loads_strictly():
    model = nn.Transformer(4, 2, 2, 1, 6)
    state = {name: yg.tensor(np.full(shape, 0.25, dtype=np.float32)) for name, shape in EXPECTED[2]["layout"]}
    result = model.load_state_dict(state, strict=True)
    assert not result.missing_keys and not result.unexpected_keys
    assert all(np.all(p.detach().numpy() == 0.25) for p in model.parameters())


def test_repr_is_torchs():
    assert repr(nn.TransformerEncoderLayer(4, 2, 6)) == "\n".join([
        "TransformerEncoderLayer(",
        "  (self_attn): MultiheadAttention(",
        "    (out_proj): NonDynamicallyQuantizableLinear(in_features=4, out_features=4, bias=True)",
        "  )",
        "  (linear1): Linear(in_features=4, out_features=6, bias=True)",
        "  (dropout): Dropout(p=0.1, inplace=False)",
        "  (linear2): Linear(in_features=6, out_features=4, bias=True)",
        "  (norm1): LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)",
        "  (norm2): LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)",
        "  (dropout1): Dropout(p=0.1, inplace=False)",
        "  (dropout2): Dropout(p=0.1, inplace=False)",
        ")"])


def test_initialisation():
    yg.manual_seed(0)
    mha = nn.MultiheadAttention(6, 3)
    assert np.all(mha.in_proj_bias.detach().numpy() == 0) and np.all(mha.out_proj.bias.detach().numpy() == 0)
    bound = np.sqrt(6.0 / (6 + 18))  # xavier_uniform_ of the (3E, E) in_proj_weight
    assert np.abs(mha.in_proj_weight.detach().numpy()).max() <= bound
    model = nn.Transformer(4, 2, 1, 1, 6)
    for name, p in model.named_parameters():
        a = p.detach().numpy()
        if a.ndim > 1:  # Transformer re-initialises every matrix with xavier_uniform_
            assert np.abs(a).max() <= np.sqrt(6.0 / sum(a.shape)) + 1e-7, name
        elif name.endswith("norm1.weight") or name.endswith("norm.weight"):
            assert np.all(a == 1), name


def test_encoder_layers_are_independent_copies():
    layer = nn.TransformerEncoderLayer(4, 2, 6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        encoder = nn.TransformerEncoder(layer, 3)
    first, second = encoder.layers[0], encoder.layers[1]
    assert first.linear1.weight is not second.linear1.weight and first is not layer
    np.testing.assert_array_equal(first.linear1.weight.detach().numpy(), second.linear1.weight.detach().numpy())
    assert len(list(encoder.parameters())) == 3 * len(list(layer.parameters()))


def test_encoder_warns_as_torch_when_it_cannot_use_nested_tensors():
    with pytest.warns(UserWarning, match="self.use_nested_tensor is False because encoder_layer.self_attn.batch_first"):
        encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 6), 1)
    assert encoder.use_nested_tensor is False and encoder.enable_nested_tensor is True
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 6, batch_first=True), 1).use_nested_tensor


def test_activation_by_name_or_callable():
    assert nn.TransformerEncoderLayer(4, 2, activation="gelu").activation is F.gelu
    assert nn.TransformerEncoderLayer(4, 2).activation_relu_or_gelu == 1
    assert nn.TransformerEncoderLayer(4, 2, activation="gelu").activation_relu_or_gelu == 2
    assert nn.TransformerEncoderLayer(4, 2, activation=F.silu).activation_relu_or_gelu == 0
    x = _x(3, 2, 4)
    silu = _encoder_layer(activation=F.silu)
    relu = _encoder_layer()
    assert not np.allclose(silu(x).detach().numpy(), relu(x).detach().numpy())
    with pytest.raises(RuntimeError, match="activation should be relu/gelu, not tanh"):
        nn.TransformerDecoderLayer(4, 2, activation="tanh")


# ---- masks ---------------------------------------------------------------------------------------------------

def test_generate_square_subsequent_mask():
    mask = nn.Transformer.generate_square_subsequent_mask(3)
    inf = float("-inf")
    np.testing.assert_array_equal(mask.numpy(), [[0, inf, inf], [0, 0, inf], [0, 0, 0]])
    assert mask.dtype == yg.float32
    assert nn.Transformer.generate_square_subsequent_mask(2, dtype=yg.float64).dtype == yg.float64


def test_bool_float_and_hinted_causal_masks_agree():
    layer, x = _encoder_layer(), _x(4, 2, 4)
    float_mask = nn.Transformer.generate_square_subsequent_mask(4, dtype=yg.float64)
    bool_mask = yg.tensor(np.triu(np.ones((4, 4), dtype=bool), 1))
    by_float = layer(x, src_mask=float_mask).detach().numpy()
    np.testing.assert_allclose(layer(x, src_mask=bool_mask).detach().numpy(), by_float, rtol=1e-12)
    np.testing.assert_allclose(layer(x, src_mask=float_mask, is_causal=True).detach().numpy(), by_float,
                               rtol=1e-12)
    assert not np.allclose(layer(x).detach().numpy(), by_float)


def test_causal_mask_hides_the_future():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        encoder = _seeded(nn.TransformerEncoder(nn.TransformerEncoderLayer(4, 2, 6, dropout=0.0), 2,
                                                nn.LayerNorm(4)))
    mask = nn.Transformer.generate_square_subsequent_mask(5, dtype=yg.float64)
    a = _x(5, 2, 4).numpy()
    b = a.copy()
    b[3:] += 1.0  # change only the last two positions
    out_a = encoder(yg.tensor(a), mask=mask).detach().numpy()
    out_b = encoder(yg.tensor(b), mask=mask).detach().numpy()
    np.testing.assert_allclose(out_a[:3], out_b[:3], rtol=1e-12)
    assert not np.allclose(out_a[3:], out_b[3:])


def test_key_padding_mask_hides_padded_keys():
    layer = _encoder_layer()
    padding = yg.tensor(np.array([[False, False, True], [False, False, False]]))
    a = _x(3, 2, 4).numpy()
    b = a.copy()
    b[2, 0] += 1.0  # a padded position of batch entry 0
    out_a = layer(yg.tensor(a), src_key_padding_mask=padding).detach().numpy()
    out_b = layer(yg.tensor(b), src_key_padding_mask=padding).detach().numpy()
    np.testing.assert_allclose(out_a[:2], out_b[:2], rtol=1e-12)  # the other positions never see it
    np.testing.assert_allclose(out_a[:, 1], out_b[:, 1], rtol=1e-12)


def test_need_weights_shapes_and_fully_masked_rows():
    mha = _seeded(nn.MultiheadAttention(4, 2))
    x = _x(3, 2, 4)
    out, weights = mha(x, x, x)
    assert tuple(out.shape) == (3, 2, 4) and tuple(weights.shape) == (2, 3, 3)
    np.testing.assert_allclose(weights.detach().numpy().sum(-1), 1.0)
    _, per_head = mha(x, x, x, average_attn_weights=False)
    assert tuple(per_head.shape) == (2, 2, 3, 3)
    np.testing.assert_allclose(per_head.detach().numpy().mean(1), weights.detach().numpy(), rtol=1e-12)
    assert mha(x, x, x, need_weights=False)[1] is None
    # every key of entry 1 padded: torch's softmax gives NaN with need_weights, its attention kernel zeros
    padding = yg.tensor(np.array([[False] * 3, [True] * 3]))
    with np.errstate(invalid="ignore"):
        out, weights = mha(x, x, x, key_padding_mask=padding)
    assert np.isnan(out.detach().numpy()[:, 1]).all() and not np.isnan(out.detach().numpy()[:, 0]).any()
    out, _ = mha(x, x, x, key_padding_mask=padding, need_weights=False)
    bias = mha.out_proj.bias.detach().numpy()
    np.testing.assert_allclose(out.detach().numpy()[:, 1], np.broadcast_to(bias, (3, 4)), rtol=1e-12)


def test_integer_masks_are_refused():
    with pytest.raises(AssertionError, match="only bool and floating types of src_mask are supported"):
        _encoder_layer()(_x(3, 2, 4), src_mask=yg.tensor(np.zeros((3, 3), dtype=np.int64)))


# ---- layouts and modes ---------------------------------------------------------------------------------------

def _pair(**kw):
    """The same seeded Transformer with batch_first False and True."""
    args = dict(d_model=4, nhead=2, num_encoder_layers=1, num_decoder_layers=2, dim_feedforward=6, dropout=0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _seeded(nn.Transformer(**args, **kw)), _seeded(nn.Transformer(**args, batch_first=True, **kw))


@pytest.mark.parametrize("norm_first", [False, True])
def test_batch_first_is_a_transpose(norm_first):
    seq_first, batch_first = _pair(norm_first=norm_first)
    src, tgt = _x(5, 2, 4), _x(3, 2, 4, seed=2)
    mask = nn.Transformer.generate_square_subsequent_mask(3, dtype=yg.float64)
    padding = yg.tensor(np.array([[False] * 5, [False] * 4 + [True]]))
    want = seq_first(src, tgt, tgt_mask=mask, src_key_padding_mask=padding).detach().numpy()
    got = batch_first(src.transpose(0, 1), tgt.transpose(0, 1), tgt_mask=mask,
                      src_key_padding_mask=padding).detach().numpy()
    np.testing.assert_allclose(got.transpose(1, 0, 2), want, rtol=1e-12)


def test_unbatched_input_is_a_batch_of_one():
    model, _ = _pair()
    src, tgt = _x(5, 4), _x(3, 4, seed=2)
    mask = nn.Transformer.generate_square_subsequent_mask(3, dtype=yg.float64)
    unbatched = model(src, tgt, tgt_mask=mask).detach().numpy()
    batched = model(src.unsqueeze(1), tgt.unsqueeze(1), tgt_mask=mask).detach().numpy()
    assert unbatched.shape == (3, 4)
    np.testing.assert_allclose(unbatched, batched[:, 0], rtol=1e-12)


def test_norm_first_places_the_layer_norms():
    x = _x(3, 2, 4)
    for norm_first in (False, True):
        layer = _encoder_layer(norm_first=norm_first)
        with yg.no_grad():  # silence both sublayers: only the residual path and the norms are left
            for p in (*layer.self_attn.out_proj.parameters(), *layer.linear2.parameters()):
                p.zero_()
        out = layer(x).detach().numpy()
        if norm_first:  # x + sublayer(norm(x)): the input passes through untouched
            np.testing.assert_allclose(out, x.numpy(), rtol=1e-12)
        else:  # norm2(norm1(x)): the last operation is a layer norm
            norm = layer.norm2
            centred = (out - norm.bias.detach().numpy()) / norm.weight.detach().numpy()
            np.testing.assert_allclose(centred.mean(-1), 0.0, atol=1e-12)


def test_eval_and_train_agree_without_dropout_and_differ_with_it():
    layer, x = _encoder_layer(), _x(3, 2, 4)
    train = layer(x).detach().numpy()
    np.testing.assert_allclose(layer.eval()(x).detach().numpy(), train, rtol=1e-12)
    noisy = _seeded(nn.TransformerEncoderLayer(4, 2, 6, dropout=0.5))
    yg.manual_seed(0)
    assert not np.allclose(noisy(x).detach().numpy(), noisy.eval()(x).detach().numpy())
    np.testing.assert_allclose(noisy(x).detach().numpy(), noisy(x).detach().numpy())  # eval: deterministic


# ---- gradients -----------------------------------------------------------------------------------------------

def _leaf(*shape, seed):
    return yg.tensor(np.random.default_rng(seed).standard_normal(shape), requires_grad=True)


def test_gradcheck_multi_head_attention_forward_with_weights_and_masks():
    q, k, v = _leaf(3, 2, 4, seed=1), _leaf(4, 2, 4, seed=2), _leaf(4, 2, 4, seed=3)
    w, b = _leaf(12, 4, seed=4), _leaf(12, seed=5)
    ow, ob = _leaf(4, 4, seed=6), _leaf(4, seed=7)
    attn_mask = yg.tensor(np.random.default_rng(8).standard_normal((3, 4)))
    padding = yg.tensor(np.array([[0.0] * 4, [0.0, 0.0, 0.0, -np.inf]]))  # float, as attn_mask

    def attention(need_weights):
        def f(q, k, v, w, b, ow, ob):
            out, weights = F.multi_head_attention_forward(q, k, v, 4, 2, w, b, None, None, False, 0.0, ow, ob,
                                                          key_padding_mask=padding, attn_mask=attn_mask,
                                                          need_weights=need_weights)
            return (out, weights) if need_weights else out
        return f

    for need_weights in (True, False):
        assert gradcheck(attention(need_weights), (q, k, v, w, b, ow, ob))


def test_gradcheck_encoder_and_decoder_layers():
    encoder = _seeded(nn.TransformerEncoderLayer(4, 2, 5, dropout=0.0, norm_first=True, activation="gelu"))
    decoder = _seeded(nn.TransformerDecoderLayer(4, 2, 5, dropout=0.0, batch_first=True))
    causal = nn.Transformer.generate_square_subsequent_mask(3, dtype=yg.float64)
    src, tgt, memory = _leaf(3, 2, 4, seed=1), _leaf(2, 3, 4, seed=2), _leaf(2, 4, 4, seed=3)
    assert gradcheck(lambda s: encoder(s, src_mask=causal), (src,))
    padding = yg.tensor(np.array([[False] * 4, [False, True, False, False]]))
    assert gradcheck(lambda t, m: decoder(t, m, tgt_mask=causal, memory_key_padding_mask=padding), (tgt, memory))


# ---- errors --------------------------------------------------------------------------------------------------

def test_transformer_checks_batch_and_feature_sizes():
    model = nn.Transformer(4, 2, 1, 1, 6)
    with pytest.raises(RuntimeError, match="the batch number of src and tgt must be equal"):
        model(yg.zeros(3, 2, 4), yg.zeros(3, 1, 4))
    with pytest.raises(RuntimeError, match="the feature number of src and tgt must be equal to d_model"):
        model(yg.zeros(3, 2, 4), yg.zeros(3, 2, 5))
    with pytest.raises(AssertionError, match="embed_dim must be divisible by num_heads"):
        nn.Transformer(6, 4)


# ---- nn.parallel ---------------------------------------------------------------------------------------------

def test_data_parallel_runs_the_module_as_is():
    module = _seeded(nn.Linear(3, 2))
    wrapped = nn.DataParallel(module, device_ids=[0, 1])
    assert nn.DataParallel is nn.parallel.DataParallel
    assert wrapped.module is module and wrapped.device_ids == []
    assert list(wrapped.state_dict()) == ["module.weight", "module.bias"]
    x = _x(4, 3)
    np.testing.assert_array_equal(wrapped(x).detach().numpy(), module(x).detach().numpy())
    assert repr(wrapped) == "DataParallel(\n  (module): Linear(in_features=3, out_features=2, bias=True)\n)"


def test_functional_and_distributed_data_parallel_need_what_yamlgrad_lacks():
    with pytest.raises(RuntimeError, match="device type could not be determined"):
        nn.parallel.data_parallel(nn.Linear(3, 2), yg.zeros(4, 3))
    with pytest.raises(ValueError, match="Default process group has not been initialized"):
        nn.parallel.DistributedDataParallel(nn.Linear(3, 2))
