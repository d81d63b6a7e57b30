namespace Briefing.Domain;

public sealed record Section(string Heading, IReadOnlyList<Point> Points);
