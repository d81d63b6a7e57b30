using System.Text.Json;

namespace Briefing.Summarization.Llm;

/// <summary>
/// The complete part of a JSON answer cut off at the output limit: the text up to the last object or array that
/// closed, with the brackets still open then closed. Every point or claim that was written out in full survives;
/// the one being written when the limit struck is lost.
/// </summary>
internal static class JsonSalvage
{
    private const int MaxAttempts = 64;

    public static IEnumerable<JsonElement> Candidates(string text)
    {
        var cuts = new List<(int End, string Closing)>();
        var open = new Stack<char>();
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    open.Push(c == '{' ? '}' : ']');
                    break;
                case '}' or ']' when open.Count > 0:
                    open.Pop();
                    if (open.Count > 0) cuts.Add((i + 1, string.Concat(open)));
                    break;
            }
        }

        foreach (var (end, closing) in Enumerable.Reverse(cuts).Take(MaxAttempts))
        {
            JsonElement? element = null;
            try
            {
                using var doc = JsonDocument.Parse(text[..end] + closing);
                if (doc.RootElement.ValueKind == JsonValueKind.Object) element = doc.RootElement.Clone();
            }
            catch (JsonException)
            {
            }

            if (element is { } e) yield return e;
        }
    }
}
