namespace Briefing.Web.Tests.Browser;

/// <summary>A class fixture: the app as a real process (<see cref="AppProcess"/>) with the settings a subclass gives.</summary>
public class RunningApp : IAsyncLifetime
{
    private AppProcess? _app;

    public AppProcess App => _app ?? throw new InvalidOperationException("not started");

    /// <summary>Settings for the app; the default prints no PDF (there is no Chromium at this path), which is quick.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Rendering:ChromiumPath"] = "/nonexistent/chromium" };

    public virtual async Task InitializeAsync() => _app = await AppProcess.StartAsync(Settings);

    public virtual async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
