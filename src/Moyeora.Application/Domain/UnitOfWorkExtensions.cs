using Moyeora.ExceptionHandling;

namespace Moyeora.Domain;

public static class UnitOfWorkExtensions
{
    /// <summary>
    /// Runs an operation (load — possibly locking —, change, save) and, when a concurrent writer got there first, runs it
    /// again on fresh data. The domain re-checks every rule on each attempt, so a meetup that filled
    /// meanwhile answers MeetupFull instead of being overbooked.
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(this IUnitOfWork unitOfWork, Func<Task<T>> operation, int maxAttempts = 25)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (BusinessException ex) when (ex.Code == MoyeoraErrorCodes.ConcurrencyConflict && attempt < maxAttempts)
            {
                unitOfWork.DiscardChanges();
                await Task.Delay(Random.Shared.Next(1, 5 + (5 * Math.Min(attempt, 10))));
            }
            catch
            {
                // A refused change releases whatever it locked at once, not when the request ends.
                unitOfWork.DiscardChanges();
                throw;
            }
        }
    }

    public static Task RetryOnConflictAsync(this IUnitOfWork unitOfWork, Func<Task> operation, int maxAttempts = 25) =>
        unitOfWork.RetryOnConflictAsync(async () =>
        {
            await operation();
            return true;
        }, maxAttempts);
}
