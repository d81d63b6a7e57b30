using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Briefing.Domain;

namespace Briefing.Rendering;

/// <summary>briefing.json: the contract other tools read (field names in camelCase, see the README).</summary>
internal sealed class JsonRenderer : IBriefingRenderer
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Format => "json";

    public string MediaType => "application/json; charset=utf-8";

    public string FileExtension => ".json";

    public Task RenderAsync(BriefingDocument briefing, Stream output, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(output, briefing, Options, cancellationToken);
}
