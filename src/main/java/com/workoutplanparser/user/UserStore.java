package com.workoutplanparser.user;

import com.workoutplanparser.web.ApiCaller;
import com.workoutplanparser.web.ApiCallers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/**
 * All SQL for the table {@code app_user}. Tokens are looked up through a short-lived cache
 * ({@link ApiTokenCache}); every change to a user here drops that user's cached tokens at once.
 */
@Repository
@EnableConfigurationProperties(UserSettings.class)
public class UserStore implements ApiCallers {

    private static final RowMapper<AppUser> ROW = (rs, n) -> new AppUser(
            rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"), rs.getString("role"),
            rs.getString("tier"), rs.getBoolean("ai_processing"));

    private final JdbcTemplate jdbc;
    private final ApiTokenCache tokens;
    private final boolean aiProcessingDefault;

    public UserStore(JdbcTemplate jdbc, UserSettings settings) {
        this.jdbc = jdbc;
        this.tokens = new ApiTokenCache(settings.tokenCacheTtl(), settings.tokenCacheMaxEntries());
        this.aiProcessingDefault = settings.aiProcessingDefault();
    }

    public Optional<AppUser> findByTokenHash(String tokenHash) {
        return tokens.get(tokenHash, () ->
                jdbc.query("select * from app_user where token_hash = ?", ROW, tokenHash).stream().findFirst());
    }

    /** The edge's token lookup: only the token's SHA-256 is stored ({@link ApiTokens}). */
    @Override
    public Optional<ApiCaller> byToken(String token) {
        return findByTokenHash(ApiTokens.hash(token)).map(ApiCaller.class::cast);
    }

    public Optional<AppUser> findByEmail(String email) {
        return jdbc.query("select * from app_user where lower(email) = lower(?)", ROW, email).stream().findFirst();
    }

    public Optional<AppUser> findById(UUID id) {
        return jdbc.query("select * from app_user where id = ?", ROW, id).stream().findFirst();
    }

    public Optional<AppUser> findFirstAdmin() {
        return jdbc.query("select * from app_user where role = 'admin' order by created_at, id limit 1", ROW)
                .stream().findFirst();
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from app_user", Long.class);
        return n == null ? 0 : n;
    }

    public long countAdmins() {
        Long n = jdbc.queryForObject("select count(*) from app_user where role = 'admin'", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Whether the user's plans may be sent to an LLM provider, read fresh from the database (not the token
     * cache) so a change made on any instance holds for the next plan. False for an unknown user.
     */
    public boolean allowsAiProcessing(UUID id) {
        return id != null && jdbc.query("select ai_processing from app_user where id = ?",
                (rs, n) -> rs.getBoolean(1), id).stream().findFirst().orElse(false);
    }

    /** A new user in the tier of its role: admins in the admin tier, everyone else free. */
    public AppUser create(String email, String displayName, String role, String tokenHash) {
        return create(email, displayName, role, "admin".equals(role) ? "admin" : "free", tokenHash);
    }

    public AppUser create(String email, String displayName, String role, String tier, String tokenHash) {
        return jdbc.queryForObject("""
                insert into app_user (email, display_name, role, tier, token_hash, ai_processing)
                values (?, ?, ?, ?, ?, ?) returning *""", ROW, email, displayName, role, tier, tokenHash,
                aiProcessingDefault);
    }

    /** The user with its new tier, or empty when there is no such user. */
    public Optional<AppUser> updateTier(UUID id, String tier) {
        try {
            return jdbc.query("update app_user set tier = ? where id = ? returning *", ROW, tier, id).stream().findFirst();
        } finally {
            tokens.invalidate(id);
        }
    }

    /** The user with its new consent, or empty when there is no such user. */
    public Optional<AppUser> updateAiProcessing(UUID id, boolean aiProcessing) {
        try {
            return jdbc.query("update app_user set ai_processing = ? where id = ? returning *", ROW, aiProcessing, id)
                    .stream().findFirst();
        } finally {
            tokens.invalidate(id);
        }
    }

    /** Replaces the user's token: the old one is refused from this moment on this instance. False: no such user. */
    public boolean updateTokenHash(UUID id, String tokenHash) {
        try {
            return jdbc.update("update app_user set token_hash = ?, token_issued_at = now() where id = ?",
                    tokenHash, id) == 1;
        } finally {
            tokens.invalidate(id);
        }
    }

    /** Deletes the user row only: {@link UserDeletion} removes what refers to it first, in the same transaction. */
    boolean delete(UUID id) {
        try {
            return jdbc.update("delete from app_user where id = ?", id) == 1;
        } finally {
            tokens.invalidate(id);
        }
    }

    /** Forgets this user's cached tokens (after a rolled-back change, the cache must not keep what it saw). */
    void forgetCachedTokens(UUID id) {
        tokens.invalidate(id);
    }
}
