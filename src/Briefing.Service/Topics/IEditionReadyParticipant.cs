using System.Data.Common;

namespace Briefing.Service.Topics;

/// <summary>
/// Work that must happen in the same transaction that marks an edition ready (the email outbox writes one delivery row
/// per confirmed subscriber there), so an edition is never ready without it, nor it without a ready edition.
/// </summary>
public interface IEditionReadyParticipant
{
    Task OnReadyAsync(DbConnection connection, DbTransaction transaction, Edition edition, CancellationToken cancellationToken);
}
