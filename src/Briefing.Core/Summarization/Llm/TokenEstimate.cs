namespace Briefing.Summarization.Llm;

/// <summary>
/// Tokens estimated as characters / 4, the usual rule of thumb for English with GPT-style tokenizers (no tokenizer
/// package can be restored here). Used only to size chunks; reported usage comes from the server.
/// </summary>
internal static class TokenEstimate
{
    public static int Of(string text) => (text.Length + 3) / 4;
}
