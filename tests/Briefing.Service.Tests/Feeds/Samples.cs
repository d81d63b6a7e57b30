namespace Briefing.Service.Tests.Feeds;

internal static class Samples
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Feeds", "Samples", name));
}
