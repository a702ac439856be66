using Microsoft.EntityFrameworkCore;
using Moyeora.Chat;
using Moyeora.EntityFrameworkCore;
using Moyeora.Meetups;

namespace Moyeora.Repositories;

internal sealed class ChatMessageRepository(MoyeoraDbContext db) : IChatMessageRepository
{
    public async Task InsertAsync(ChatMessage message, CancellationToken cancellationToken = default) =>
        await db.ChatMessages.AddAsync(message, cancellationToken);

    public async Task<IReadOnlyList<ChatMessage>> GetPageAsync(Guid meetupId, DateTime since, long? beforeId, int take, CancellationToken cancellationToken = default) =>
        await db.ChatMessages.AsNoTracking()
            .Where(m => m.MeetupId == meetupId && m.CreationTime >= since && (beforeId == null || m.Id < beforeId))
            .OrderByDescending(m => m.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    public Task<ChatMessage?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        db.ChatMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<long?> GetLatestIdAsync(Guid meetupId, CancellationToken cancellationToken = default) =>
        db.ChatMessages.Where(m => m.MeetupId == meetupId).MaxAsync(m => (long?)m.Id, cancellationToken);

    public async Task<ChatVolume> GetVolumeAsync(Guid meetupId, DateTime since, CancellationToken cancellationToken = default)
    {
        var sent = db.ChatMessages.AsNoTracking().Where(m => m.MeetupId == meetupId && m.SenderId != null);
        return new ChatVolume(
            await sent.CountAsync(cancellationToken),
            await sent.CountAsync(m => m.CreationTime >= since, cancellationToken),
            await sent.MaxAsync(m => (DateTime?)m.CreationTime, cancellationToken));
    }

    public Task<ChatReadMarker?> FindReadMarkerAsync(Guid meetupId, Guid userId, CancellationToken cancellationToken = default) =>
        db.Set<ChatReadMarker>().FirstOrDefaultAsync(r => r.MeetupId == meetupId && r.UserId == userId, cancellationToken);

    public async Task InsertReadMarkerAsync(ChatReadMarker marker, CancellationToken cancellationToken = default) =>
        await db.Set<ChatReadMarker>().AddAsync(marker, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, int>> CountUnreadAsync(Guid userId, IReadOnlyCollection<Guid> meetupIds, CancellationToken cancellationToken = default)
    {
        if (meetupIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var ids = meetupIds.ToList();
        var counts = await db.Set<MeetupParticipant>().AsNoTracking()
            .Where(p => p.UserId == userId && ids.Contains(p.MeetupId))
            .Select(p => new
            {
                p.MeetupId,
                Count = db.ChatMessages.Count(m => m.MeetupId == p.MeetupId
                    && m.CreationTime >= p.JoinTime
                    && m.SenderId != userId
                    && m.Id > (db.Set<ChatReadMarker>().Where(r => r.MeetupId == p.MeetupId && r.UserId == userId).Select(r => (long?)r.LastReadMessageId).FirstOrDefault() ?? 0)),
            })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.MeetupId, c => c.Count);
    }
}
