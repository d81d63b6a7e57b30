using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests;

/// <summary>Short ways to ask the real generator for a briefing and to render it, as the hosts do.</summary>
internal static class Generate
{
    public static GenerationRequest Request(params string[] paths) => new(paths.Select(p => ArticleInput.FromPath(p)).ToList());

    public static Task<BriefingDocument> FromAsync(IServiceProvider services, GenerationRequest request) =>
        services.GetRequiredService<IBriefingGenerator>().GenerateAsync(request, null, default);

    public static Task<BriefingDocument> FromAsync(IServiceProvider services, string path) => FromAsync(services, Request(path));

    public static Task<BriefingDocument> FromFilesAsync(IServiceProvider services, IEnumerable<string> paths) => FromAsync(services, Request([.. paths]));

    public static IBriefingRenderer Renderer(IServiceProvider services, string format) =>
        services.GetServices<IBriefingRenderer>().Single(r => r.Format == format);

    public static async Task<byte[]> RenderAsync(IServiceProvider services, BriefingDocument briefing, string format)
    {
        using var buffer = new MemoryStream();
        await Renderer(services, format).RenderAsync(briefing, buffer, default);
        return buffer.ToArray();
    }

    public static async Task<string> RenderTextAsync(IServiceProvider services, BriefingDocument briefing, string format) =>
        System.Text.Encoding.UTF8.GetString(await RenderAsync(services, briefing, format));

    public static async Task<string> RenderToFileAsync(IServiceProvider services, BriefingDocument briefing, string format, string path)
    {
        await File.WriteAllBytesAsync(path, await RenderAsync(services, briefing, format));
        return path;
    }
}
