package be.mmmbelgium.site.content;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemovedPathRepository extends JpaRepository<RemovedPath, String> {

}
