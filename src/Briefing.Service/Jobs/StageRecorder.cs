using Briefing.Generation;
using Briefing.Service.Storage;

namespace Briefing.Service.Jobs;

/// <summary>
/// Stores each stage as it starts, in order and without holding up the generator, so a page reading the briefing's
/// state (even after a reload or on another node) shows live progress.
/// </summary>
internal sealed class StageRecorder(BriefingStore store, Guid id) : IProgress<StageProgress>
{
    private Task _last = Task.CompletedTask;

    public void Report(StageProgress value)
    {
        if (value.Done) return;
        lock (this)
        {
            _last = _last.ContinueWith(_ => store.SetStageAsync(id, value.Stage, CancellationToken.None), TaskScheduler.Default).Unwrap();
        }
    }

    public Task FlushAsync()
    {
        lock (this) return _last;
    }
}
