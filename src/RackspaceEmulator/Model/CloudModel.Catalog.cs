using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Flavors and images (public and the tenant's own server snapshots).</summary>
public sealed partial class CloudModel
{
    internal IReadOnlyList<FlavorRecord> ListFlavors(TenantContext ctx) =>
        ctx.Dialect == ApiDialect.V1 ? [.. _flavors.Where(f => f.LegacyId is not null)] : _flavors;

    internal FlavorRecord GetFlavor(TenantContext ctx, string id) =>
        ListFlavors(ctx).FirstOrDefault(f => f.Id == id)
        ?? throw Fault(CloudFault.ItemNotFound(ctx.Dialect == ApiDialect.V1 ? "The flavor could not be found" : "Flavor could not be found."));

    internal IReadOnlyList<ImageSnapshot> ListImages(TenantContext ctx, DateTimeOffset? changesSince)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            return [.. VisibleImages(ctx)
                .Select(i => { CatchUpImage(i, now); return i; })
                .Where(i => changesSince is not { } since || i.Updated >= since)
                .Select(i => ImageSnapshot.From(i, now))];
        }
    }

    internal ImageSnapshot GetImage(TenantContext ctx, string id)
    {
        lock (_gate)
        {
            var image = FindImage(ctx, id);
            var now = _time.GetUtcNow();
            CatchUpImage(image, now);
            return ImageSnapshot.From(image, now);
        }
    }

    internal ImageSnapshot CreateImage(TenantContext ctx, string serverId, string name, IReadOnlyDictionary<string, string>? metadata)
    {
        return Update(changes =>
        {
            var server = Find(ctx, serverId);
            var now = _time.GetUtcNow();
            CatchUp(server, now, changes);
            RequireStatus(ctx, server, "createImage", ServerStatus.Active);
            foreach (var existing in _images.Where(i => i.ServerId == server.Id && !i.IsDeleted))
            {
                CatchUpImage(existing, now);
            }

            if (_images.Any(i => i.ServerId == server.Id && i.Status == "SAVING" && !i.IsDeleted))
            {
                throw Fault(ctx.Dialect == ApiDialect.V1
                    ? CloudFault.BackupOrResizeInProgress($"An image of server {server.LegacyId} is already being saved.")
                    : new CloudFault("conflictingRequest", 409, $"Cannot 'createImage' instance {server.Id} while it is in task_state image_snapshot."));
            }

            if (_images.Count(i => i.TenantId == ctx.TenantId && !i.IsDeleted) >= Options.AbsoluteLimits.MaxImages)
            {
                throw Fault(OverLimitAbsolute("maxImages", Options.AbsoluteLimits.MaxImages, now));
            }

            var image = new ImageRecord
            {
                Id = NewUuid(),
                LegacyId = _nextImageLegacyId++,
                Name = name,
                TenantId = ctx.TenantId,
                ServerId = server.Id,
                ServerLegacyId = server.LegacyId,
                MinDisk = ResolveFlavor(server.FlavorId)?.Disk ?? 0,
                MinRam = ResolveFlavor(server.FlavorId)?.Ram ?? 0,
                Created = now,
                Updated = now,
                Status = "SAVING",
                SaveDue = now + Options.ImageSaveTime,
                Metadata = metadata is null ? new(StringComparer.Ordinal) : new(metadata, StringComparer.Ordinal),
            };
            _images.Add(image);
            if (!_disposed)
            {
                image.Timer = _time.CreateTimer(OnImageTimer, image.Id, Options.ImageSaveTime, Timeout.InfiniteTimeSpan);
            }

            return ImageSnapshot.From(image, now);
        });
    }

    internal void DeleteImage(TenantContext ctx, string id)
    {
        lock (_gate)
        {
            var image = FindImage(ctx, id);
            if (image.TenantId is null)
            {
                throw Fault(ctx.Dialect == ApiDialect.V1
                    ? CloudFault.BadRequest("Invalid image: public images cannot be deleted.")
                    : CloudFault.Forbidden("Public images cannot be deleted."));
            }

            image.IsDeleted = true;
            image.Timer?.Dispose();
            image.Timer = null;
        }
    }

    private IEnumerable<ImageRecord> VisibleImages(TenantContext ctx) =>
        _images.Where(i => !i.IsDeleted && (i.TenantId is null || i.TenantId == ctx.TenantId));

    private ImageRecord FindImage(TenantContext ctx, string id) =>
        VisibleImages(ctx).FirstOrDefault(i => ctx.Dialect == ApiDialect.V1
            ? int.TryParse(id, out var legacy) && i.LegacyId == legacy
            : string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw Fault(CloudFault.ItemNotFound(ctx.Dialect == ApiDialect.V1 ? "The image could not be found" : "Image not found."));

    private ImageRecord? ResolveImage(TenantContext ctx, string imageRef)
    {
        var visible = VisibleImages(ctx).Where(i => i.Status == "ACTIVE" || (i.SaveDue is { } due && due <= _time.GetUtcNow()));
        return int.TryParse(imageRef, out var legacy) && ctx.Dialect == ApiDialect.V1
            ? visible.FirstOrDefault(i => i.LegacyId == legacy)
            : visible.FirstOrDefault(i => string.Equals(i.Id, LastSegment(imageRef), StringComparison.OrdinalIgnoreCase));
    }

    private FlavorRecord? ResolveFlavor(string flavorRef) =>
        _flavorsById.GetValueOrDefault(LastSegment(flavorRef));

    /// <summary>v2 accepts an id or a link (href) as imageRef/flavorRef.</summary>
    private static string LastSegment(string reference)
    {
        var slash = reference.LastIndexOf('/');
        return slash >= 0 ? reference[(slash + 1)..] : reference;
    }
}
