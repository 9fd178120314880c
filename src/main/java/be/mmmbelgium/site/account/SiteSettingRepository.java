package be.mmmbelgium.site.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteSettingRepository extends JpaRepository<SiteSetting, String> {

}
