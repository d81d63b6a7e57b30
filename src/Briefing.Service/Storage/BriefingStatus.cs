namespace Briefing.Service.Storage;

/// <summary>Where a stored briefing is in its life: queued, running (with a stage), done, or failed (with a reason).</summary>
public enum BriefingStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
