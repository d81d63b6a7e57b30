namespace Briefing.Web.Tests.Browser;

/// <summary>Tests that start the app as a process and drive Chromium run one at a time: they are heavy on a small machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealBrowserCollection
{
    public const string Name = "Real browser";
}
