using System.Collections.Concurrent;
using System.Text.Json;
using Briefing.Domain;
using Briefing.Rendering;
using Briefing.Service.Storage;
using Briefing.Service.Topics;

namespace Briefing.Service.Delivery;

/// <summary>
/// Each edition's email, rendered once from its stored briefing (and its PDF when the topic says AttachPdf) and kept
/// for the edition's other recipients. Null when the briefing is gone or unfinished.
/// </summary>
internal sealed class EditionMails(BriefingStore briefings, ITopicCatalog topics, EmailComposer composer)
{
    private const int Kept = 32;

    private readonly ConcurrentDictionary<string, Lazy<Task<PreparedEmail?>>> _prepared = new(StringComparer.Ordinal);

    public async Task<PreparedEmail?> GetAsync(string key, string topic, Guid briefingId, CancellationToken cancellationToken)
    {
        if (_prepared.Count > Kept) _prepared.Clear();
        var entry = _prepared.GetOrAdd(key, _ => new Lazy<Task<PreparedEmail?>>(() => PrepareAsync(key, topic, briefingId, CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _prepared.TryRemove(new KeyValuePair<string, Lazy<Task<PreparedEmail?>>>(key, entry));
            throw;
        }
    }

    /// <summary>The email of a stored briefing for a topic, as its subscribers get it; null when the briefing is not done.</summary>
    public async Task<EmailEdition?> LoadAsync(string key, string topic, Guid briefingId, CancellationToken cancellationToken)
    {
        var stored = await briefings.GetAsync(briefingId, cancellationToken);
        if (stored?.Json is null) return null;
        var document = JsonSerializer.Deserialize<BriefingDocument>(stored.Json, JsonRenderer.Options)
            ?? throw new InvalidDataException($"briefing {briefingId} has empty JSON");
        var definition = await topics.FindAsync(topic, cancellationToken);
        var pdf = definition?.AttachPdf == true ? await briefings.GetRenderingAsync(briefingId, "pdf", cancellationToken) : null;
        return new EmailEdition(key, document, "briefings/" + briefingId.ToString("D"))
        {
            Pdf = pdf is null ? null : new EmailAttachment(key.Replace('/', '-') + ".pdf", "application/pdf", pdf.Content),
        };
    }

    private async Task<PreparedEmail?> PrepareAsync(string key, string topic, Guid briefingId, CancellationToken cancellationToken) =>
        await LoadAsync(key, topic, briefingId, cancellationToken) is { } edition ? composer.Prepare(edition, topic) : null;
}
