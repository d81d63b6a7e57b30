namespace Briefing.Service.Delivery;

/// <summary>
/// Where the emails of one briefing stand: pending (waiting or being sent, retries included), sent, failed (given up
/// after Delivery:GiveUpHours), bounced (refused for good by the recipient's server) and suppressed (not sent: the
/// address bounced before or unsubscribed).
/// </summary>
public sealed record DeliveryCounts(int Pending, int Sent, int Failed, int Bounced, int Suppressed)
{
    public int Total => Pending + Sent + Failed + Bounced + Suppressed;

    public static DeliveryCounts From(IEnumerable<(string Status, int Count)> rows)
    {
        var counts = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
        int Of(string status) => counts.GetValueOrDefault(status);
        return new DeliveryCounts(Of("pending") + Of("sending"), Of("sent"), Of("failed"), Of("bounced"), Of("suppressed"));
    }
}
