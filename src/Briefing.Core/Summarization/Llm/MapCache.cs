using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Per-article map results on disk, keyed by (article content hash, prompt versions, model, chunk settings), so
/// generating the same briefing again makes no map calls. Only verified model results are stored; a fallback is
/// not, so the next run tries the model again. A damaged entry counts as a miss.
/// </summary>
internal sealed class MapCache
{
    private readonly string? _folder;

    public MapCache(string? folder)
    {
        _folder = folder;
        // Entries are written through temporary files; one left by a process killed before this one started is swept.
        // A minute's margin spares a file another process, started just before this one, is writing now.
        if (!Enabled) return;
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        TemporaryFiles.Sweep(Path.Combine(Path.GetFullPath(folder!), "map"), self.StartTime.ToUniversalTime().AddMinutes(-1), recursive: true);
    }

    public bool Enabled => !string.IsNullOrWhiteSpace(_folder);

    public static string Key(string sourceText, string promptVersions, string model, int chunkTokens, int claims)
    {
        var material = $"{promptVersions}\n{model}\n{chunkTokens}\n{claims}\n{sourceText}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    public IReadOnlyList<ArticleClaim>? TryGet(string key)
    {
        if (!Enabled) return null;
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            var claims = JsonSerializer.Deserialize<List<ArticleClaim?>>(File.ReadAllText(path));
            return claims is { Count: > 0 } && claims.All(Whole) ? claims.Select(c => c!).ToList() : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    public void Put(string key, IReadOnlyList<ArticleClaim> claims)
    {
        if (!Enabled) return;
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = TemporaryFiles.For(path);
        File.WriteAllText(temp, JsonSerializer.Serialize(claims));
        File.Move(temp, path, overwrite: true);
    }

    // A hand-edited or truncated entry (a null claim, null or empty quotes) is a miss, never a crash.
    private static bool Whole(ArticleClaim? claim) =>
        claim is { Claim.Length: > 0, Quotes: { Count: > 0 } quotes } && quotes.All(q => !string.IsNullOrWhiteSpace(q));

    private string PathOf(string key) => Path.Combine(Path.GetFullPath(_folder!), "map", key[..2], key + ".json");
}
