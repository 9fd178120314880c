package be.mmmbelgium.site.account.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A setting of the site that admins change in the back-office.
 */
@Entity
public class SiteSetting {

	public static final String TWO_FACTOR_REQUIRED_FOR_ADMINS = "two-factor.required-for-admins";

	@Id
	private String settingKey;

	@Column(nullable = false)
	private String settingValue;

	protected SiteSetting() {
	}

	public SiteSetting(String settingKey, String settingValue) {
		this.settingKey = settingKey;
		this.settingValue = settingValue;
	}

	public String getSettingValue() {
		return this.settingValue;
	}

	public void setSettingValue(String settingValue) {
		this.settingValue = settingValue;
	}

}
