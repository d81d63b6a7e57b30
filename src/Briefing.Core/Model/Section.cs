namespace Briefing.Model;

public sealed record Section(string Heading, IReadOnlyList<Point> Points);
