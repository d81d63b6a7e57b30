namespace Briefing.TestKit;

/// <summary>
/// A day's mixed input: the five seed articles on the Lausanne talks, three outlets on a flood in Wales, and one
/// report no other outlet carries. Grouped, it is an edition of two stories and one "Also reported" line.
/// </summary>
public static class EditionInputs
{
    public const string FloodOutlet = "Valley Gazette";

    public const string Singleton = "The city council of Tromsø approved a new ferry route to the outer islands on Tuesday, with the first sailings planned for the spring season and fares frozen for two years.";

    /// <summary>Writes the nine articles into <paramref name="folder"/> (created if missing) and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.EnumerateFiles(Repo.Seeds)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        void Article(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);
        Article("flood-1.md", """
            ---
            title: Floods force hundreds from their homes in south Wales
            outlet: Valley Gazette
            published: 2016-10-16T08:00:00Z
            ---
            Storm Ciara brought record rainfall to south Wales overnight, and the River Taff burst its banks at Pontypridd.
            About 300 homes were flooded in Pontypridd and nearby villages, the county council said.
            The Met Office issued an amber warning for rain across the valleys until Monday morning.
            Rescue teams used boats to evacuate residents from streets along the River Taff.
            """);
        Article("flood-2.md", """
            ---
            title: River Taff bursts its banks as Storm Ciara hits Wales
            outlet: Cardiff Courier
            published: 2016-10-16T09:30:00Z
            ---
            The River Taff burst its banks in Pontypridd after Storm Ciara dropped a month of rainfall on south Wales in one night.
            The county council said 350 homes were flooded in Pontypridd and the surrounding valleys.
            Fire crews and rescue teams evacuated residents by boat from flooded streets near the river.
            The Met Office kept an amber rain warning in place for the valleys until Monday.
            """);
        Article("flood-3.md", """
            ---
            title: Storm Ciara floods Pontypridd
            outlet: Welsh Daily
            published: 2016-10-16T10:15:00Z
            ---
            Residents of Pontypridd were evacuated by boat after the River Taff flooded the town during Storm Ciara.
            Record rainfall fell across south Wales, and the Met Office warned that more rain would reach the valleys.
            The county council opened a rest centre for families whose homes were flooded.
            Rescue teams worked through the night in the flooded streets beside the river.
            """);
        Article("ferry.md", $"""
            ---
            title: Tromsø approves island ferry route
            outlet: Arctic Post
            published: 2016-10-15T12:00:00Z
            ---
            {Singleton}
            The route links the harbour with three island villages that are now reached only by a long road detour.
            """);
        return folder;
    }
}
