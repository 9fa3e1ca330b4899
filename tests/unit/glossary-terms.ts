/**
 * What the English-term coverage test (glossary.test.ts) does not ask the glossary to define: Latin
 * words in the prose that are not technical terms. Kept short by rules in findUndefinedTerms() —
 * authors in citations, external links' text, one-letter symbols and names with a digit (GPT-3,
 * A100, LLaMA-7B) are skipped there — so what is listed here is the rest, by kind.
 */
export const NOT_TERMS: Record<string, string[]> = {
  // People named outside a citation.
  people: ['Cauchy', 'Augustin-Louis', 'Linnainmaa', 'Seppo', 'Werbos', 'Rumelhart', 'Hinton', 'Williams', 'Polyak', 'Robbins', 'Monro', 'Rosenbrock', 'Hadamard', 'Glorot', 'Xavier', 'Sutton', 'Bommasani', 'Goodfellow', 'Bengio', 'Courville', 'Zadeh', 'Bharath', 'Ramsundar', 'Reza', 'Bosagh', 'Geoffrey', 'Yoshua', 'Ian', 'Aaron', 'David', 'Paul', 'Ronald', 'He', 'Jurafsky', 'Martin', 'Kaplan'],
  // Companies, institutions, products, libraries and their APIs (Responses API, Chat Completions, List models, legacy).
  products: ['ACL', 'Responses', 'Chat', 'Completions', 'List', 'models', 'legacy', 'turbo', 'turbo-instruct', 'jax.readthedocs.io', 'OpenAI', 'Google', 'NVIDIA', 'Meta', 'Facebook', 'Microsoft', 'Hugging', 'Face', 'Hub', 'PyTorch', 'TensorFlow', 'TensorFlow.js', 'Keras', 'JAX', 'XLA', 'NumPy', 'Python', 'JavaScript', 'Linux', 'WebGPU', 'WebGL', 'WASM', 'WebAssembly', 'DeepSpeed', 'Megatron-LM', 'vLLM', 'PagedAttention', 'GPipe', 'NVLink', 'InfiniBand', 'Kaggle', 'UCI', 'MIT', 'Press', 'Reilly', 'arXiv', 'Waymo', 'Cruise', 'Wayve', 'Tesla', 'iPod', 'ChatGPT', 'API', 'TF', 'Serving', 'Lite', 'openai-python', 'pytorch-pretrained', 'huggingface.co', 'chat', 'transformers', 'Transformers', 'https', 'docs'],
  // Models, methods and systems known by their name (the glossary defines the concepts they embody).
  models: ['Chinchilla', 'DPR', 'Sentence', 'Gopher', 'PaLM', 'LLaMA', 'InstructGPT', 'Codex', 'CLIP', 'SAM', 'Whisper', 'Flamingo', 'DALL', 'Stable', 'Diffusion', 'ResNet', 'MobileNet', 'YOLO', 'BEVFormer', 'UniAD', 'RoBERTa', 'DistilBERT', 'Toolformer', 'ReAct', 'GPTQ', 'MAE', 'Switch', 'LINGO-1', 'GAIA-1', 'BERT-Base', 'BERT-Large', 'BERT-base', 'BERT-large', 'MinHash', 'DP'],
  // Data sets and benchmarks.
  data: ['Common', 'Crawl', 'WebText', 'WebText2', 'BooksCorpus', 'Wikipedia', 'The', 'Pile', 'ImageNet', 'COCO', 'MNIST', 'Iris', 'LibriSpeech', 'SQuAD', 'GLUE', 'SuperGLUE', 'MMLU', 'HumanEval', 'WMT', 'nuScenes', 'JFT-300M', 'SST-2', 'LAION-5B', 'BLEU', 'WER'],
  // Words of works' titles and model sizes written without quotes (Attention Is All You Need; GPT-3 Small; bert-base).
  titles: ['Attention', 'Is', 'All', 'You', 'Need', 'Deep', 'Learning', 'Datasets', 'Tutorials', 'Segment', 'Anything', 'Small', 'Base', 'Large', 'base', 'large', 'billion', 'cheese', 'zig-zag', 'big', 'bidirectional'],
  // Units, standards and a product of symbols in a heading (C ≈ 6ND).
  units: ['ND', 'GB', 'TB', 'PB', 'GiB', 'MiB', 'nat', 'nats', 'B', 'M', 'SAE', 'AI', 'RGB', 'NaN', 'PID', 'CVPR', 'NAACL', 'ILSVRC-2012'],
};
