using Microsoft.ML.Tokenizers;

namespace Briefing.LlmClient;

/// <summary>
/// Counts tokens as the configured model does: o200k_base for the gpt-4o, gpt-4.1, gpt-4.5 and gpt-5 families and the
/// o-series, cl100k_base for gpt-4 and gpt-3.5, Llm:Tokenizer for any other model; characters / 4 only when nothing
/// is known (<see cref="Estimated"/>). Each encoding's vocabulary is loaded once per process, on first use.
/// </summary>
internal sealed class TokenCounter
{
    public const string O200k = "o200k_base";
    public const string Cl100k = "cl100k_base";

    private static readonly Lazy<Tokenizer> O200kTokenizer = new(() => TiktokenTokenizer.CreateForEncoding(O200k));
    private static readonly Lazy<Tokenizer> Cl100kTokenizer = new(() => TiktokenTokenizer.CreateForEncoding(Cl100k));

    private readonly Tokenizer? _tokenizer;

    private TokenCounter(string? encoding)
    {
        Encoding = encoding;
        _tokenizer = encoding switch
        {
            O200k => O200kTokenizer.Value,
            Cl100k => Cl100kTokenizer.Value,
            _ => null,
        };
    }

    /// <summary>Characters / 4, for tests and for models nothing is known about.</summary>
    public static TokenCounter CharactersOver4 { get; } = new(null);

    /// <summary>The encoding in use, or null for characters / 4.</summary>
    public string? Encoding { get; }

    public bool Estimated => _tokenizer is null;

    public static TokenCounter For(LlmOptions options) => new(string.IsNullOrWhiteSpace(options.Tokenizer) ? EncodingOf(options.ModelName) : options.Tokenizer.Trim().ToLowerInvariant());

    /// <summary>The encoding OpenAI's models of that name use, or null when the name is not one of theirs.</summary>
    public static string? EncodingOf(string? model)
    {
        var m = (model ?? "").Trim().ToLowerInvariant();
        if (m.Length == 0) return null;
        string[] o200k = ["gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "gpt-oss"];
        string[] cl100k = ["gpt-4", "gpt-3.5", "gpt-35", "text-embedding-3", "text-embedding-ada"];
        return o200k.Any(p => m.StartsWith(p, StringComparison.Ordinal)) ? O200k
            : cl100k.Any(p => m.StartsWith(p, StringComparison.Ordinal)) ? Cl100k
            : null;
    }

    public int Count(string text) => _tokenizer?.CountTokens(text) ?? (text.Length + 3) / 4;

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="maxTokens"/> tokens (at least one).</summary>
    public int FittingLength(string text, int maxTokens)
    {
        var index = _tokenizer?.GetIndexByTokenCount(text, maxTokens, out _, out _) ?? Math.Min(text.Length, maxTokens * 4);
        if (index <= 0) index = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
        return index;
    }
}
