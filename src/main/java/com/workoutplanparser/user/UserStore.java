package com.workoutplanparser.user;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** All SQL for the table {@code app_user}. */
@Repository
public class UserStore {

    private static final RowMapper<AppUser> ROW = (rs, n) -> new AppUser(
            rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"), rs.getString("role"),
            rs.getString("tier"));

    private final JdbcTemplate jdbc;

    public UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findByTokenHash(String tokenHash) {
        return jdbc.query("select * from app_user where token_hash = ?", ROW, tokenHash).stream().findFirst();
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

    /** A new user in the tier of its role: admins in the admin tier, everyone else free. */
    public AppUser create(String email, String displayName, String role, String tokenHash) {
        return create(email, displayName, role, "admin".equals(role) ? "admin" : "free", tokenHash);
    }

    public AppUser create(String email, String displayName, String role, String tier, String tokenHash) {
        return jdbc.queryForObject("""
                insert into app_user (email, display_name, role, tier, token_hash) values (?, ?, ?, ?, ?)
                returning *""", ROW, email, displayName, role, tier, tokenHash);
    }

    /** The user with its new tier, or empty when there is no such user. */
    public Optional<AppUser> updateTier(UUID id, String tier) {
        return jdbc.query("update app_user set tier = ? where id = ? returning *", ROW, tier, id).stream().findFirst();
    }

    public void updateTokenHash(UUID id, String tokenHash) {
        jdbc.update("update app_user set token_hash = ? where id = ?", tokenHash, id);
    }
}
